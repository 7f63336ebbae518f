package routes.profile;

import java.util.regex.Pattern;

/** A profile's canonical rule: a path the platform links under several forms, rewritten to the one it calls canonical. */
record PathRewrite(Pattern from, String to) {

    String apply(String path) {
        return from.matcher(path).replaceFirst(to);
    }
}

package routes.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import routes.profile.SiteProfile;
import routes.profile.SiteProfiles;

/** The profiles shipped in src/main/resources/profiles, as the application loads them. */
final class Profiles {

    static final SiteProfiles SHIPPED = load();

    private Profiles() {
    }

    static SiteProfile named(String name) {
        return SHIPPED.get(name);
    }

    private static SiteProfiles load() {
        try {
            return new SiteProfiles("classpath:profiles/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

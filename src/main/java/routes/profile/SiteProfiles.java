package routes.profile;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import routes.fetch.FetchedPage;

/**
 * The site profiles installed: every *.yaml in {@code caravan.profiles.location}, read once at
 * start (a bad file stops the start, naming file and line). {@value #GENERIC}.yaml is required: the
 * profile used when no platform is recognised, and the defaults every other profile inherits.
 */
@Component
public class SiteProfiles {

    public static final String GENERIC = "generic";

    private final Map<String, SiteProfile> byName;
    private final List<SiteProfile> platforms;

    public SiteProfiles(@Value("${caravan.profiles.location}") String location) throws IOException {
        String folder = location.endsWith("/") ? location : location + "/";
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(folder + "*.yaml");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        Resource genericFile = Arrays.stream(files).filter(f -> (GENERIC + ".yaml").equals(f.getFilename())).findFirst()
                .orElseThrow(() -> new InvalidProfileException(folder + GENERIC + ".yaml", 1,
                        "the generic profile is missing from " + folder));
        SiteProfile generic = read(genericFile, null);
        if (!GENERIC.equals(generic.name())) {
            throw new InvalidProfileException(describe(genericFile), 1, "generic.yaml must be named \"" + GENERIC + "\"");
        }
        Map<String, SiteProfile> profiles = new LinkedHashMap<>();
        List<SiteProfile> recognisable = new ArrayList<>();
        for (Resource file : files) {
            SiteProfile profile = file == genericFile ? generic : read(file, generic);
            SiteProfile clash = profiles.put(profile.name(), profile);
            if (clash != null) {
                throw new InvalidProfileException(describe(file), 1,
                        "profile name \"" + profile.name() + "\" is already used by " + clash.source());
            }
            if (profile != generic) {
                recognisable.add(profile);
            }
        }
        this.byName = Map.copyOf(profiles);
        this.platforms = List.copyOf(recognisable);
    }

    public Set<String> names() {
        return byName.keySet();
    }

    public boolean exists(String name) {
        return byName.containsKey(name);
    }

    public SiteProfile get(String name) {
        SiteProfile profile = byName.get(name);
        if (profile == null) {
            throw new IllegalArgumentException("no site profile named \"" + name + "\"; installed: " + byName.keySet());
        }
        return profile;
    }

    /**
     * The profile a task crawls with: the one its job already uses (named, or detected on its first
     * page), else the first platform recognised on this page, else the generic one; with the job's own
     * selectors in place of the profile's.
     */
    public ChosenProfile choose(FetchedPage page, String named, Map<String, String> jobSelectors) {
        ChosenProfile chosen = named != null ? new ChosenProfile(byName.getOrDefault(named, byName.get(GENERIC)),
                byName.containsKey(named) ? "named by the job" : "\"" + named + "\" is no longer installed")
                : detect(page);
        return jobSelectors == null || jobSelectors.isEmpty() ? chosen
                : new ChosenProfile(chosen.profile().withSelectors(jobSelectors), chosen.reason());
    }

    ChosenProfile detect(FetchedPage page) {
        String html = page.text();
        Document parsed = Jsoup.parse(html, page.url());
        for (SiteProfile platform : platforms) {
            String why = platform.recognise(html, parsed);
            if (why != null) {
                return new ChosenProfile(platform, "detected: " + why);
            }
        }
        return new ChosenProfile(byName.get(GENERIC), "no platform recognised on " + page.url());
    }

    private static SiteProfile read(Resource file, SiteProfile base) {
        try (Reader content = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return SiteProfileReader.read(describe(file), content, base);
        } catch (IOException e) {
            throw new InvalidProfileException(describe(file), 1, "unreadable: " + e.getMessage());
        }
    }

    private static String describe(Resource file) {
        try {
            return file.getURL().toString();
        } catch (IOException e) {
            return file.getDescription();
        }
    }
}

package routes.profile;

/** The profile a job crawls with, and why it was chosen (shown on the job). */
public record ChosenProfile(SiteProfile profile, String reason) {

    public String name() {
        return profile.name();
    }
}

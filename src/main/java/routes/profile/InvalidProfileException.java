package routes.profile;

/** A profile file that cannot be used; the message names the file and line. Stops the start. */
public class InvalidProfileException extends RuntimeException {

    public InvalidProfileException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }
}

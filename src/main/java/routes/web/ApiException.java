package routes.web;

/** A request the API refuses, with the HTTP status to answer and the field at fault (if one is). */
public class ApiException extends RuntimeException {

    private final int status;
    private final String field;

    public ApiException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, field, message);
    }

    public int getStatus() {
        return status;
    }

    public String getField() {
        return field;
    }
}

package routes.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON body of every refusal: what went wrong and, where one is to blame, which field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String field, String message) {
}

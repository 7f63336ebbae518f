package routes.web;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import routes.export.ExportsBusyException;
import routes.failure.InfrastructureFailures;
import routes.history.NoSuchProductException;
import routes.store.IdempotencyConflictException;
import routes.store.NoSuchDeadLetterException;
import routes.store.NoSuchJobException;
import routes.store.NoSuchScheduleException;
import routes.store.ReplayRefusedException;

/** Turns whatever stopped an API route into the status and JSON body the client gets. */
@Component
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    public ApiError describe(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable failure) {
        if (failure instanceof ApiException refused) {
            return error(refused.getStatus(), refused.getField(), refused.getMessage());
        }
        if (failure instanceof NoSuchJobException || failure instanceof NoSuchDeadLetterException
                || failure instanceof NoSuchProductException || failure instanceof NoSuchScheduleException) {
            return error(404, null, failure.getMessage());
        }
        if (failure instanceof ReplayRefusedException refused) {
            return error(409, null, refused.getMessage());
        }
        if (failure instanceof IdempotencyConflictException conflict) {
            return error(422, "Idempotency-Key", conflict.getMessage());
        }
        if (failure instanceof ExportsBusyException busy) {
            return error(503, null, busy.getMessage());
        }
        if (InfrastructureFailures.isInfrastructure(failure)) {
            log.warn("Storage unavailable: {}", failure.getMessage());
            return error(503, null, "storage is unavailable, try again shortly");
        }
        log.error("Unexpected API failure", failure);
        return error(500, null, "internal error");
    }

    private static ApiError error(int status, String field, String message) {
        return new ApiError(status, HttpStatus.valueOf(status).getReasonPhrase(), field, message);
    }
}

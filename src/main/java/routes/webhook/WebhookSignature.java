package routes.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook event is signed: {@code sha256=} and the hex HMAC-SHA256, keyed with the job's
 * secret (UTF-8), of the timestamp (unix seconds, as sent in X-Caravan-Timestamp), a dot and the
 * body's bytes. The timestamp is signed too, so a receiver that refuses old timestamps cannot be
 * fed a recorded request again.
 */
public final class WebhookSignature {

    static final String ALGORITHM = "HmacSHA256";
    static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // every JDK has HmacSHA256, and any non-empty key is valid for it
            throw new IllegalStateException("cannot sign with " + ALGORITHM, e);
        }
    }
}

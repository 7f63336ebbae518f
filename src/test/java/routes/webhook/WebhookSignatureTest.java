package routes.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The signature as a receiver checks it, with its own few lines of code (the README's). */
class WebhookSignatureTest {

    private static final String SECRET = "an-example-secret-16";
    private static final long TIMESTAMP = 1_764_800_000L;
    private static final byte[] BODY = "{\"id\":\"job-7-ended\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void isTheHexHmacSha256OfTheTimestampADotAndTheBody() {
        // python3 -c 'import hmac,hashlib; print(hmac.new(b"an-example-secret-16",
        //     b"1764800000." + b"{\"id\":\"job-7-ended\"}", hashlib.sha256).hexdigest())'
        assertThat(WebhookSignature.sign(SECRET, TIMESTAMP, BODY))
                .isEqualTo("sha256=35c070dd03fddf04b0a703d65f3e9b18a752c4fe417864ad0d823591a18867f3");
    }

    @Test
    void aReceiverWithTheSecretAcceptsTheRequestAsSent() throws Exception {
        String signature = WebhookSignature.sign(SECRET, TIMESTAMP, BODY);

        assertThat(receiverAccepts(SECRET, String.valueOf(TIMESTAMP), BODY, signature)).isTrue();
    }

    @Test
    void aTamperedBodyTimestampOrSecretFailsTheCheck() throws Exception {
        String signature = WebhookSignature.sign(SECRET, TIMESTAMP, BODY);
        byte[] tampered = "{\"id\":\"job-8-ended\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(receiverAccepts(SECRET, String.valueOf(TIMESTAMP), tampered, signature)).isFalse();
        assertThat(receiverAccepts(SECRET, String.valueOf(TIMESTAMP + 1), BODY, signature)).isFalse();
        assertThat(receiverAccepts("another-secret-of-16", String.valueOf(TIMESTAMP), BODY, signature)).isFalse();
    }

    /** What a receiver writes: recompute over the raw body and compare in constant time. */
    private static boolean receiverAccepts(String secret, String timestampHeader, byte[] rawBody, String signatureHeader)
            throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestampHeader + ".").getBytes(StandardCharsets.UTF_8));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(rawBody));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signatureHeader.getBytes(StandardCharsets.UTF_8));
    }
}

package caravan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires the API key on everything that changes state (POST, PUT, PATCH, DELETE under /api) and
 * on the operator consoles (Hawtio, Jolokia); reads stay open. The key is sent as
 * {@code X-API-Key: <key>} or {@code Authorization: Bearer <key>}. On the consoles HTTP Basic auth
 * with the key as the password (any user name) is accepted too, and a refusal asks for it, because
 * a browser can prompt for Basic credentials but cannot add a header by itself.
 *
 * <p>Only the key counts: no header that says where the request came from (Host, X-Forwarded-For,
 * Forwarded) lets a request through.
 */
public class ApiKeyFilter extends OncePerRequestFilter {

    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final byte[] key;

    public ApiKeyFilter(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean console = isConsole(request);
        if (!(console || isMutatingApiCall(request))) {
            chain.doFilter(request, response);
            return;
        }
        if (hasKey(request, console)) {
            // what Jolokia's restrictor checks before it runs an operation or writes an attribute
            ApiKeyPresented.mark();
            try {
                chain.doFilter(request, response);
            } finally {
                ApiKeyPresented.clear();
            }
            return;
        }
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", console ? "Basic realm=\"Caravan\"" : "Bearer");
        response.setContentType("application/json");
        response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"field\":\"X-API-Key\","
                + "\"message\":\"send the API key as X-API-Key or Authorization: Bearer"
                + (console ? ", or as the password of HTTP Basic auth" : "") + "\"}");
    }

    private static boolean isConsole(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/actuator/hawtio") || path.startsWith("/actuator/jolokia");
    }

    private static boolean isMutatingApiCall(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/") && MUTATING.contains(request.getMethod());
    }

    private boolean hasKey(HttpServletRequest request, boolean basicAllowed) {
        String sent = request.getHeader("X-API-Key");
        String authorization = request.getHeader("Authorization");
        if (sent == null && authorization != null) {
            if (authorization.startsWith("Bearer ")) {
                sent = authorization.substring("Bearer ".length());
            } else if (basicAllowed && authorization.regionMatches(true, 0, "Basic ", 0, "Basic ".length())) {
                sent = basicPassword(authorization.substring("Basic ".length()));
            }
        }
        // constant-time comparison: the time taken says nothing about how much of the key matched
        return sent != null && MessageDigest.isEqual(key, sent.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** The password of {@code base64(user:password)}, or null if the credentials are malformed. */
    private static String basicPassword(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials.strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(colon + 1);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}

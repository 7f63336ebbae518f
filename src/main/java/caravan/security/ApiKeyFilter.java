package caravan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires the API key on everything that changes state (POST, PUT, PATCH, DELETE under /api) and
 * on the operator consoles (Hawtio, Jolokia); reads stay open. The key is sent as
 * {@code X-API-Key: <key>} or {@code Authorization: Bearer <key>}.
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
        if (!isProtected(request) || hasKey(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType("application/json");
        response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"field\":\"X-API-Key\","
                + "\"message\":\"send the API key as X-API-Key or Authorization: Bearer\"}");
    }

    static boolean isProtected(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/actuator/hawtio") || path.startsWith("/actuator/jolokia")
                || (path.startsWith("/api/") && MUTATING.contains(request.getMethod()));
    }

    private boolean hasKey(HttpServletRequest request) {
        String sent = request.getHeader("X-API-Key");
        String authorization = request.getHeader("Authorization");
        if (sent == null && authorization != null && authorization.startsWith("Bearer ")) {
            sent = authorization.substring("Bearer ".length());
        }
        // constant-time comparison: the time taken says nothing about how much of the key matched
        return sent != null && MessageDigest.isEqual(key, sent.strip().getBytes(StandardCharsets.UTF_8));
    }
}

package nl.schakel.forms;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a page may show only once after a form — a temporary password, a new API token, secure links, a revealed
 * reporter — across the Post/Redirect/Get redirect. The values wait in this process's memory for at most two
 * minutes; the session (a flash attribute) carries only a random handle. The page after the redirect takes them;
 * a reload finds nothing and shows nothing, and creates nothing either. Decision 0013.
 */
@Service
public class ShownOnce {

    /** The flash attribute that carries the handle. */
    public static final String FLASH = "shownOnce";
    private static final Duration LIFETIME = Duration.ofMinutes(2);
    private static final int CAPACITY = 1_000;

    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    ShownOnce(Clock clock) {
        this.clock = clock;
    }

    private record Held(Map<String, Object> attributes, Instant until) {
    }

    /** Keeps the attributes for the page after the redirect and puts their handle in the flash. */
    public void hold(RedirectAttributes redirect, Map<String, Object> attributes) {
        Instant now = clock.instant();
        held.values().removeIf(h -> !h.until().isAfter(now));
        if (held.size() >= CAPACITY) {
            held.keySet().stream().findAny().ifPresent(held::remove);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String handle = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        held.put(handle, new Held(Map.copyOf(attributes), now.plus(LIFETIME)));
        redirect.addFlashAttribute(FLASH, handle);
    }

    /** Takes what was held for this page into the model; false when there is nothing (any more), e.g. on reload. */
    public boolean reveal(Model model) {
        Optional<Map<String, Object>> attributes = take(model.getAttribute(FLASH));
        attributes.ifPresent(model::addAllAttributes);
        return attributes.isPresent();
    }

    Optional<Map<String, Object>> take(@Nullable Object handle) {
        if (!(handle instanceof String key)) {
            return Optional.empty();
        }
        Held found = held.remove(key);
        return found == null || !found.until().isAfter(clock.instant()) ? Optional.empty()
                : Optional.of(found.attributes());
    }
}

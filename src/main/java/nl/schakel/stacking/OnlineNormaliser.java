package nl.schakel.stacking;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Keys of online presences. A URL becomes its lower-cased host without "www." plus its path without trailing
 * slash and without tracking parameters; a profile URL of a known platform and a handle on that platform
 * ("@Name" on Instagram) become the same "platform:name" key. Everything is lower-cased: for a matching key a
 * case-only difference in a path is far more often a typing difference than another page.
 */
final class OnlineNormaliser {

    private static final Map<String, String> PLATFORM_HOSTS = Map.of(
            "instagram.com", "instagram", "tiktok.com", "tiktok", "x.com", "x", "twitter.com", "x",
            "facebook.com", "facebook", "t.me", "telegram", "snapchat.com", "snapchat", "onlyfans.com", "onlyfans");

    private static final Map<String, String> PLATFORM_ALIASES = Map.of(
            "ig", "instagram", "insta", "instagram", "twitter", "x", "fb", "facebook", "tg", "telegram",
            "snap", "snapchat");

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "igshid", "igsh", "si", "ref", "ref_src",
            "mc_cid", "mc_eid", "_ga", "s", "t", "mibextid");

    private OnlineNormaliser() {
    }

    static Optional<String> key(@Nullable String handleOrUrl, @Nullable String platform) {
        if (Text.isBlank(handleOrUrl)) {
            return Optional.empty();
        }
        String value = handleOrUrl.strip();
        if (value.startsWith("@") || !value.contains(".") && !value.contains("/")) {
            String handle = value.replaceFirst("^@", "").toLowerCase(Locale.ROOT);
            return handle.isBlank() ? Optional.empty() : Optional.of(platform(platform) + ":" + handle);
        }
        return url(value);
    }

    private static Optional<String> url(String value) {
        try {
            URI uri = new URI(value.contains("://") ? value : "https://" + value);
            String host = uri.getHost();
            if (host == null) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT).replaceFirst("^(www|m)\\.", "");
            String path = Optional.ofNullable(uri.getPath()).orElse("").toLowerCase(Locale.ROOT).replaceAll("/+$", "");
            String knownPlatform = PLATFORM_HOSTS.get(host);
            if (knownPlatform != null && path.matches("/@?[^/]+")) {
                return Optional.of(knownPlatform + ":" + path.replaceFirst("^/@?", ""));
            }
            return Optional.of(host + path + query(uri.getRawQuery()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String query(@Nullable String rawQuery) {
        if (rawQuery == null || rawQuery.isBlank()) {
            return "";
        }
        String kept = Arrays.stream(rawQuery.split("&"))
                .filter(parameter -> !isTracking(parameter.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? "" : "?" + kept.toLowerCase(Locale.ROOT);
    }

    private static boolean isTracking(String name) {
        return name.startsWith("utm_") || TRACKING.contains(name);
    }

    private static String platform(@Nullable String raw) {
        if (Text.isBlank(raw)) {
            return "handle";
        }
        String compact = Text.compact(raw);
        return PLATFORM_ALIASES.getOrDefault(compact, compact);
    }
}

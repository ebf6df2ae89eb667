package nl.schakel.web;

/**
 * One entry of the main navigation or a start-page tile.
 *
 * @param key message key of the label; {@code key + ".description"} explains it on the start page
 * @param href where it leads
 */
public record NavigationItem(String key, String href) {
}

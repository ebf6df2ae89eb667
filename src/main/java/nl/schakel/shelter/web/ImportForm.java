package nl.schakel.shelter.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The Excel overview to import. */
public record ImportForm(@Nullable MultipartFile file) {
}

package nl.wegwijs.applications;

import java.util.UUID;

/** An uploaded document or a generated letter. */
public record DocumentId(UUID value) {
}

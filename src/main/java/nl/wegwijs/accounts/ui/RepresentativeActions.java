package nl.wegwijs.accounts.ui;

import java.util.function.Consumer;
import nl.wegwijs.accounts.RepresentationSummary;

/** What a resident can do with a representation on their own page; each asks for confirmation first. */
record RepresentativeActions(Consumer<RepresentationSummary> confirm, Consumer<RepresentationSummary> decline,
        Consumer<RepresentationSummary> revoke) {
}

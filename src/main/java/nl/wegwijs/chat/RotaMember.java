package nl.wegwijs.chat;

import java.util.Set;

/** A staff account that may be put on the rota, and the tiers it may take. */
public record RotaMember(String username, String displayName, Set<Shift.Tier> tiers) {
}

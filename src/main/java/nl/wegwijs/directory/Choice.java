package nl.wegwijs.directory;

/** Something an editor picks from a list: an organisation or a taxonomy term, by id and name. */
public record Choice(String id, String name) {
}

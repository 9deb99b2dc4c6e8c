package nl.wegwijs.directory;

/** The Wegwijs taxonomies an editor picks terms from (content/directory/FORMAT.md). */
public enum Taxonomy {
    CATEGORY("wegwijs-categorie"),
    TARGET_GROUP("wegwijs-doelgroep"),
    ACCESS("wegwijs-toegang");

    private final String id;

    Taxonomy(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}

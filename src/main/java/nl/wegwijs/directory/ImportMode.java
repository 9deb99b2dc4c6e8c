package nl.wegwijs.directory;

/** How an HSDS import treats services that are already in the directory. */
public enum ImportMode {
    /** Add new services and replace those with the same id; keep the rest. */
    MERGE,
    /** The dataset becomes the whole directory: services not in it are removed. All or nothing. */
    REPLACE
}

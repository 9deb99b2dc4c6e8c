package nl.wegwijs.accounts;

/** Where a representation stands; only {@link #ACTIVE} ones within their dates let anyone act. */
public enum RepresentationStatus {
    /** Asked for, waiting for the resident's consent or the municipality's check. */
    REQUESTED,
    ACTIVE,
    DECLINED,
    /** Stopped by the resident, the actor or the municipality. */
    REVOKED,
    /** Over: the counter session closed or the mandate was not renewed. */
    ENDED
}

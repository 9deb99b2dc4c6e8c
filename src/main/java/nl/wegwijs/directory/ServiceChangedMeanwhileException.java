package nl.wegwijs.directory;

/**
 * Someone else (an editor or an HSDS import) saved the service after this editor loaded it:
 * nothing was saved, so neither change is lost. The editor can look at the other change and decide.
 */
public class ServiceChangedMeanwhileException extends RuntimeException {

    private final String serviceId;

    public ServiceChangedMeanwhileException(String serviceId) {
        super("Service " + serviceId + " was changed by someone else since it was loaded");
        this.serviceId = serviceId;
    }

    public String serviceId() {
        return serviceId;
    }
}

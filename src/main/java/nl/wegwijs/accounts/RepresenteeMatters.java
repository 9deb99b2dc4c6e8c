package nl.wegwijs.accounts;

import java.util.List;
import java.util.Locale;

/**
 * Extension point for modules that hold a person's matters (applications, messages): a bean of
 * this type lists them for the carer's dashboard. It is only asked after accounts checked that the
 * signed-in carer may act for that person in {@link #matter()}, and the view is audited there.
 */
public interface RepresenteeMatters {

    /** The kind of matter this bean lists; a carer sees its items only when their scope covers it. */
    Matter matter();

    /** The person's items, newest first, with texts in {@code locale}; empty when there are none. */
    List<MatterItem> itemsOf(Bsn representee, Locale locale);
}

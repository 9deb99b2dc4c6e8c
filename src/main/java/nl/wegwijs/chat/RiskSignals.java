package nl.wegwijs.chat;

/** Tells whether a visitor's message suggests danger (suicide, self-harm, violence, overdose). */
public interface RiskSignals {

    boolean isRisky(String text);
}

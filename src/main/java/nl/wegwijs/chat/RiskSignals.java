package nl.wegwijs.chat;

/**
 * Tells whether a visitor's message suggests danger (suicide, self-harm, violence, overdose). A
 * risky message routes the conversation to the crisis tier and alerts the crisis workers on duty.
 */
@FunctionalInterface
public interface RiskSignals {

    boolean isRisky(String text);
}

package org.itilhis.core.archfixture;

/** Planted violation: writes to a standard stream instead of going through a port. */
public final class ConsoleNotifier {
    public void notifyDesk(String text) {
        System.out.println(text);
    }
}

package org.itilhis.ports.archfixture;

/** Planted violation of the general coding rules: prints to System.err and throws a generic exception. */
public final class ConsoleOutput {
    public void fail(String text) {
        System.err.println(text);
        throw new IllegalStateException(text); // specific: not a violation
    }

    public void failGenerically(String text) {
        throw new RuntimeException(text);
    }
}

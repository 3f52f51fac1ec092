package org.itilhis.adapters.webhooks;

/** A webhook delivery that {@link WebhookSignature#verify} refuses: the message says why. */
public final class InvalidWebhookSignatureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidWebhookSignatureException(String reason) {
        super(reason);
    }
}

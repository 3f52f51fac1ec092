package org.itilhis.adapters.mail;

/**
 * How a connection to the mail server is protected: not at all (a relay on the same host or a
 * test server), upgraded with STARTTLS (required: the adapter refuses to go on in clear text when
 * the server does not offer it), or TLS from the first byte (SMTPS on 465, IMAPS on 993).
 */
public enum MailSecurity {
    NONE,
    STARTTLS,
    TLS
}

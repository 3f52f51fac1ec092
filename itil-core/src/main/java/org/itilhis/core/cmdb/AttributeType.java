package org.itilhis.core.cmdb;

/**
 * The kind of value a CI attribute holds. The limits of a kind (a text's maximum length,
 * a number's range, an enumeration's allowed values) belong to the
 * {@link AttributeDefinition}; a subclass may tighten them but never change the kind.
 */
public enum AttributeType {
    /** Free text up to a maximum length. */
    TEXT,
    /** A decimal number, optionally between a minimum and a maximum. */
    NUMBER,
    /** A calendar date, year first ({@code 2027-06-30}, {@code 2027/6/30}, {@code 2027年6月30日}; see {@link DateText}), stored as ISO. */
    DATE,
    /** One of a fixed set of codes. */
    ENUM,
    /** An IPv4 or IPv6 address in literal form (never a host name: nothing is looked up). */
    IP_ADDRESS,
    /** A 48-bit MAC address, kept as {@code aa:bb:cc:dd:ee:ff}. */
    MAC_ADDRESS
}

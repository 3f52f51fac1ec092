package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.itilhis.core.shared.Text;

/**
 * A class of configuration items, such as server or PACS, in a hierarchy: a class
 * inherits the attribute definitions of its parent and may add its own or tighten an
 * inherited one (make it required, narrow its limits) but never change its type. The
 * parent is held as a class, not a code, so a hierarchy cannot contain a cycle. CIs are
 * validated against their class with {@link #validate}.
 */
public final class CiClass {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    private final String code;
    private final Text name;
    private final Optional<CiClass> parent;
    private final ImmutableMap<String, AttributeDefinition> ownAttributes;
    private final ImmutableMap<String, AttributeDefinition> attributes;

    private CiClass(String code, Text name, Optional<CiClass> parent, Iterable<AttributeDefinition> ownAttributes) {
        checkNotNull(code, "code");
        checkArgument(CODE.matcher(code).matches(), "class code %s is not lower-kebab-case", code);
        this.code = code;
        this.name = checkNotNull(name, "name");
        this.parent = checkNotNull(parent, "parent");
        Map<String, AttributeDefinition> own = new LinkedHashMap<>();
        for (AttributeDefinition attribute : ownAttributes) {
            checkArgument(own.put(attribute.code(), attribute) == null,
                    "class %s declares the attribute %s twice", code, attribute.code());
        }
        this.ownAttributes = ImmutableMap.copyOf(own);
        Map<String, AttributeDefinition> all = new LinkedHashMap<>(parent.map(CiClass::attributes).orElse(ImmutableMap.of()));
        for (AttributeDefinition attribute : this.ownAttributes.values()) {
            AttributeDefinition inherited = all.get(attribute.code());
            checkArgument(inherited == null || inherited.type() == attribute.type(),
                    "class %s redefines the attribute %s of type %s as %s", code, attribute.code(),
                    inherited == null ? null : inherited.type(), attribute.type());
            all.put(attribute.code(), attribute);
        }
        this.attributes = ImmutableMap.copyOf(all);
    }

    /** A class at the top of a hierarchy, such as hardware. */
    public static CiClass root(String code, Text name, Iterable<AttributeDefinition> attributes) {
        return new CiClass(code, name, Optional.empty(), attributes);
    }

    public static CiClass root(String code, Text name, AttributeDefinition... attributes) {
        return root(code, name, List.of(attributes));
    }

    /** A subclass of {@code parent}, with the attributes it adds or tightens. */
    public static CiClass childOf(CiClass parent, String code, Text name, Iterable<AttributeDefinition> attributes) {
        return new CiClass(code, name, Optional.of(checkNotNull(parent, "parent")), attributes);
    }

    public static CiClass childOf(CiClass parent, String code, Text name, AttributeDefinition... attributes) {
        return childOf(parent, code, name, List.of(attributes));
    }

    /** The stable code, e.g. {@code network-device}. */
    public String code() {
        return code;
    }

    /** The name shown to people, in their language when the catalogue has it. */
    public Text name() {
        return name;
    }

    public Optional<CiClass> parent() {
        return parent;
    }

    /** The attributes this class declares itself, in declaration order. */
    public ImmutableMap<String, AttributeDefinition> ownAttributes() {
        return ownAttributes;
    }

    /** Every attribute of the class, inherited ones first, by code. */
    public ImmutableMap<String, AttributeDefinition> attributes() {
        return attributes;
    }

    /** Whether this class is {@code other} or one of its descendants. */
    public boolean isA(CiClass other) {
        for (Optional<CiClass> c = Optional.of(this); c.isPresent(); c = c.get().parent) {
            if (c.get().equals(other)) {
                return true;
            }
        }
        return false;
    }

    /** This class and its ancestors, this class first. */
    public ImmutableList<CiClass> lineage() {
        ImmutableList.Builder<CiClass> lineage = ImmutableList.builder();
        for (Optional<CiClass> c = Optional.of(this); c.isPresent(); c = c.get().parent) {
            lineage.add(c.get());
        }
        return lineage.build();
    }

    /**
     * Every problem with {@code values} (attribute code to text) at once: required
     * attributes missing, attributes the class does not know, values of the wrong type or
     * out of their limits. Values are stripped first, and a blank value counts as absent.
     * Empty when the values fit.
     */
    public ImmutableList<AttributeViolation> validate(Map<String, String> values) {
        checkNotNull(values, "values");
        List<AttributeViolation> violations = new ArrayList<>();
        for (AttributeDefinition attribute : attributes.values()) {
            Optional<String> value = present(values.get(attribute.code()));
            if (value.isEmpty()) {
                if (attribute.isRequired()) {
                    violations.add(AttributeViolation.of(attribute.code(), "cmdb.attribute.missing"));
                }
            } else {
                attribute.check(value.get()).ifPresent(violations::add);
            }
        }
        for (String unknown : new TreeSet<>(values.keySet())) {
            if (!attributes.containsKey(unknown)) {
                violations.add(AttributeViolation.of(unknown, "cmdb.attribute.unknown"));
            }
        }
        return ImmutableList.copyOf(violations);
    }

    /**
     * The values in their stored form (stripped, blanks dropped, MAC addresses normalised),
     * in the class's attribute order.
     *
     * @throws InvalidCiAttributesException listing every violation when they do not fit
     */
    public ImmutableMap<String, String> checkValid(Map<String, String> values) {
        ImmutableList<AttributeViolation> violations = validate(values);
        if (!violations.isEmpty()) {
            throw new InvalidCiAttributesException(this, violations);
        }
        ImmutableMap.Builder<String, String> valid = ImmutableMap.builder();
        for (AttributeDefinition attribute : attributes.values()) {
            present(values.get(attribute.code())).ifPresent(v -> valid.put(attribute.code(), attribute.normalise(v)));
        }
        return valid.build();
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CiClass that && code.equals(that.code) && name.equals(that.name)
                && parent.equals(that.parent) && ownAttributes.equals(that.ownAttributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, parent, ownAttributes);
    }

    @Override
    public String toString() {
        return code;
    }
}

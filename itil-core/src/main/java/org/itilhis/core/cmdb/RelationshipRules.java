package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which pairs of CI classes each {@link RelationshipType} may join, as data a hospital can
 * extend. Classes are named by their class codes; a pair allowed for a class is also allowed
 * for its subclasses, as told by the function giving each class code its ancestors (a
 * "database server" is a "server"). Without that function codes match exactly. A
 * {@link RelationshipType#CONNECTED_TO} pair is allowed in both orientations.
 */
public final class RelationshipRules {
    private static final String HARDWARE = "hardware";
    private static final String SOFTWARE = "software";
    private static final String SERVICE = "service";
    private static final String NETWORK_DEVICE = "network-device";

    private final ImmutableSetMultimap<RelationshipType, ClassPair> allowed;
    private final Function<String, List<String>> ancestors;

    private RelationshipRules(ImmutableSetMultimap<RelationshipType, ClassPair> allowed, Function<String, List<String>> ancestors) {
        this.allowed = allowed;
        this.ancestors = ancestors;
    }

    /** A pair of class codes a relationship may join, {@code from → to}. */
    public record ClassPair(String fromClass, String toClass) {
        public ClassPair {
            checkNotNull(fromClass, "fromClass");
            checkNotNull(toClass, "toClass");
            checkArgument(!fromClass.isBlank() && !toClass.isBlank(), "class codes must not be blank");
            fromClass = fromClass.strip();
            toClass = toClass.strip();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The rules every hospital starts from, over the hierarchy of {@code catalogue} (so a
     * hospital's own subclass of server is allowed wherever a server is). Connected to impacts
     * both ends, so it is meant for peers that fail together (the two switches of a stack,
     * a redundant link); a workstation depends on its access switch, which depends on its
     * distribution switch, so that a failed workstation does not take the network down with it:
     * software runs on or is installed on hardware; software, hardware and services depend on
     * their own kind, and software on hardware (an application on its storage); network
     * devices are connected to network devices; an item is part of a whole of its own kind; a service uses
     * software, hardware or another service, and software uses software.
     */
    public static RelationshipRules hospitalDefault(CiClassCatalogue catalogue) {
        checkNotNull(catalogue, "catalogue");
        return builder()
                .allow(RelationshipType.RUNS_ON, SOFTWARE, HARDWARE)
                .allow(RelationshipType.INSTALLED_ON, SOFTWARE, HARDWARE)
                .allow(RelationshipType.DEPENDS_ON, SOFTWARE, SOFTWARE)
                .allow(RelationshipType.DEPENDS_ON, SOFTWARE, HARDWARE)
                .allow(RelationshipType.DEPENDS_ON, HARDWARE, HARDWARE)
                .allow(RelationshipType.DEPENDS_ON, SERVICE, SERVICE)
                .allow(RelationshipType.CONNECTED_TO, NETWORK_DEVICE, NETWORK_DEVICE)
                .allow(RelationshipType.PART_OF, HARDWARE, HARDWARE)
                .allow(RelationshipType.PART_OF, SOFTWARE, SOFTWARE)
                .allow(RelationshipType.PART_OF, SERVICE, SERVICE)
                .allow(RelationshipType.USES, SERVICE, SOFTWARE)
                .allow(RelationshipType.USES, SERVICE, HARDWARE)
                .allow(RelationshipType.USES, SERVICE, SERVICE)
                .allow(RelationshipType.USES, SOFTWARE, SOFTWARE)
                .ancestors(catalogue::ancestorCodes)
                .build();
    }

    /** Rules allowing every type between any two classes; for tests and imports checked elsewhere. */
    public static RelationshipRules allowingEverything() {
        return new RelationshipRules(null, code -> List.of());
    }

    /** Whether a relationship of this type may go from an item of class {@code fromClass} to one of {@code toClass}. */
    public boolean allows(RelationshipType type, String fromClass, String toClass) {
        checkNotNull(type, "type");
        if (allowed == null) {
            return true;
        }
        return matches(type, fromClass, toClass) || (!type.isDirected() && matches(type, toClass, fromClass));
    }

    /** The pairs declared for a type. */
    public Set<ClassPair> allowedPairs(RelationshipType type) {
        return allowed == null ? Set.of() : allowed.get(type);
    }

    private boolean matches(RelationshipType type, String fromClass, String toClass) {
        var pairs = allowed.get(type);
        for (String from : selfAndAncestors(fromClass)) {
            for (String to : selfAndAncestors(toClass)) {
                if (pairs.contains(new ClassPair(from, to))) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> selfAndAncestors(String classCode) {
        return ImmutableList.<String>builder().add(classCode).addAll(ancestors.apply(classCode)).build();
    }

    /** Collects allowed pairs and, optionally, the ancestry of class codes. */
    public static final class Builder {
        private final ImmutableSetMultimap.Builder<RelationshipType, ClassPair> allowed = ImmutableSetMultimap.builder();
        private Function<String, List<String>> ancestors = code -> List.of();

        private Builder() {
        }

        public Builder allow(RelationshipType type, String fromClass, String toClass) {
            allowed.put(checkNotNull(type, "type"), new ClassPair(fromClass, toClass));
            return this;
        }

        /** How to find the ancestor class codes of a class code, nearest first (none by default). */
        public Builder ancestors(Function<String, List<String>> ancestorsOfClass) {
            this.ancestors = checkNotNull(ancestorsOfClass, "ancestorsOfClass");
            return this;
        }

        public RelationshipRules build() {
            return new RelationshipRules(allowed.build(), ancestors);
        }
    }
}

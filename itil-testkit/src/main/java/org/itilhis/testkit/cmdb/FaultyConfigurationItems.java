package org.itilhis.testkit.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;

/**
 * Configuration items stored by another repository (in memory or on a database), with one
 * fault at a chosen call, counted from 1 over the repository's life: the n-th save fails with
 * a {@link StorageException} (the database gone part way through an import), or another
 * writer gets in just before the n-th lookup by asset tag. Every other call is handed on.
 */
public final class FaultyConfigurationItems extends ForwardingConfigurationItems {
    private final int failingSave;
    private final int interferedLookup;
    private final Runnable interference;
    private final AtomicInteger saves = new AtomicInteger();
    private final AtomicInteger lookups = new AtomicInteger();

    private FaultyConfigurationItems(ConfigurationItemRepository items, int failingSave, int interferedLookup,
                                     Runnable interference) {
        super(items);
        this.failingSave = failingSave;
        this.interferedLookup = interferedLookup;
        this.interference = checkNotNull(interference, "interference");
    }

    /** {@code items}, except that the {@code n}-th save throws a {@link StorageException} and saves nothing. */
    public static FaultyConfigurationItems failingSave(ConfigurationItemRepository items, int n) {
        checkArgument(n >= 1, "save %s does not exist", n);
        return new FaultyConfigurationItems(items, n, 0, () -> { });
    }

    /** {@code items}, {@code interference} running just before the {@code n}-th lookup by asset tag. */
    public static FaultyConfigurationItems interferingBeforeLookup(ConfigurationItemRepository items, int n,
                                                                  Runnable interference) {
        checkArgument(n >= 1, "lookup %s does not exist", n);
        return new FaultyConfigurationItems(items, 0, n, interference);
    }

    /** How many saves were asked for, the failed one included. */
    public int saves() {
        return saves.get();
    }

    @Override
    public Optional<ConfigurationItem> findByAssetTag(AssetTag assetTag) {
        if (lookups.incrementAndGet() == interferedLookup) {
            interference.run();
        }
        return super.findByAssetTag(assetTag);
    }

    @Override
    public void save(ConfigurationItem item) {
        int save = saves.incrementAndGet();
        if (save == failingSave) {
            throw new StorageException("save " + save + " failed on purpose: the storage is gone", null);
        }
        super.save(item);
    }
}

package org.servicelevel.application;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigBuilder;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/** A MicroProfile Config for unit tests: string values from a map the test sets. */
public final class UnitTestConfig extends ConfigProviderResolver implements Config {

    public static final Map<String, String> VALUES = new ConcurrentHashMap<>();
    private static final UnitTestConfig INSTANCE = new UnitTestConfig();

    public static void install() {
        ConfigProviderResolver.setInstance(INSTANCE);
    }

    @Override
    public Config getConfig() {
        return this;
    }

    @Override
    public Config getConfig(ClassLoader loader) {
        return this;
    }

    @Override
    public ConfigBuilder getBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void registerConfig(Config config, ClassLoader classLoader) {
    }

    @Override
    public void releaseConfig(Config config) {
    }

    @Override
    public <T> T getValue(String name, Class<T> type) {
        return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
    }

    @Override
    public ConfigValue getConfigValue(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
        String v = VALUES.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (type == String.class) {
            return Optional.of((T) v);
        }
        if (type == Integer.class) {
            return Optional.of((T) Integer.valueOf(v));
        }
        if (type == Long.class) {
            return Optional.of((T) Long.valueOf(v));
        }
        if (type == Boolean.class) {
            return Optional.of((T) Boolean.valueOf(v));
        }
        throw new UnsupportedOperationException(type.getName());
    }

    @Override
    public Iterable<String> getPropertyNames() {
        return VALUES.keySet();
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
        return List.of();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> type) {
        return Optional.empty();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new IllegalArgumentException();
    }
}

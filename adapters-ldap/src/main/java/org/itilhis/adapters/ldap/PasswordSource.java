package org.itilhis.adapters.ldap;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Where a secret (the bind password, a trust store's password) is read from when the
 * directory starts: a file, such as a container secret readable by the service's account
 * only, or an environment variable. It is never a literal in a setting, so that it never
 * needs to be given on a command line or kept in a configuration file that many can read.
 * One line break at the end of a file is not part of the secret.
 */
public sealed interface PasswordSource {

    /** The secret is the whole content of {@code file}, in UTF-8, less one line break at its end. */
    static PasswordSource file(Path file) {
        return new FromFile(file);
    }

    /** The secret is the value of the environment variable {@code name}. */
    static PasswordSource environment(String name) {
        return new FromEnvironment(name);
    }

    /**
     * The secret as UTF-8 bytes.
     *
     * @param setting     the setting that named this source, for the error
     * @param environment the process's environment ({@code System::getenv})
     * @throws LdapDirectoryException naming {@code setting} if the file cannot be read or the secret is empty
     */
    byte[] read(String setting, UnaryOperator<String> environment);

    /** A secret kept in a file. */
    record FromFile(Path path) implements PasswordSource {
        public FromFile {
            checkNotNull(path, "path");
        }

        @Override
        public byte[] read(String setting, UnaryOperator<String> environment) {
            byte[] content;
            try {
                content = Files.readAllBytes(path);
            } catch (IOException e) {
                throw new LdapDirectoryException(setting,
                        "the file " + path + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
            }
            int length = content.length;
            if (length > 0 && content[length - 1] == '\n') {
                length--;
                if (length > 0 && content[length - 1] == '\r') {
                    length--;
                }
            }
            byte[] secret = Arrays.copyOf(content, length);
            Arrays.fill(content, (byte) 0);
            if (secret.length == 0) {
                throw new LdapDirectoryException(setting, "the file " + path + " is empty");
            }
            return secret;
        }
    }

    /** A secret kept in an environment variable of the process. */
    record FromEnvironment(String name) implements PasswordSource {
        public FromEnvironment {
            checkNotNull(name, "name");
            checkArgument(!name.isBlank(), "the environment variable's name is blank");
        }

        @Override
        public byte[] read(String setting, UnaryOperator<String> environment) {
            String value = environment.apply(name);
            if (value == null || value.isEmpty()) {
                throw new LdapDirectoryException(setting, "the environment variable " + name + " is not set or empty");
            }
            return value.getBytes(StandardCharsets.UTF_8);
        }
    }
}

package org.servicelevel.application.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.servicelevel.domain.model.identity.UserAccount;
import org.servicelevel.domain.model.identity.UserAccountRepository;

/**
 * Whom a notification goes to and in which language: a user's e-mail address, else the configured
 * {@code servicelevel.notifications.fallback-recipient}; texts from the notifications bundle in
 * {@code servicelevel.notifications.locale} (English by default).
 */
@Dependent
public class Recipients {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private static final String BUNDLE = "org.servicelevel.notifications";

    @Inject
    private UserAccountRepository users;

    /** The e-mail address of the user named {@code username}, else the fallback recipient; empty if neither has one. */
    public Optional<String> userOrFallback(Optional<String> username) {
        return username.flatMap(users::findByUsername).map(UserAccount::email).filter(Recipients::isAddress)
                .or(() -> ConfigProvider.getConfig()
                        .getOptionalValue("servicelevel.notifications.fallback-recipient", String.class)
                        .filter(Recipients::isAddress));
    }

    /** Whether {@code email} looks like an address a notification can go to. */
    public static boolean isAddress(String email) {
        return email != null && ADDRESS.matcher(email.strip()).matches();
    }

    /** The bundles found so far by language: finding one through the server's class loaders costs more than a mail. */
    private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    /** The notification texts in the configured language. */
    public static ResourceBundle texts() {
        String language = ConfigProvider.getConfig().getOptionalValue("servicelevel.notifications.locale", String.class)
                .orElse("en");
        // without the server's default locale as a fallback: English is the base bundle, and a server
        // started in Russian must still write English when English is configured
        return BUNDLES.computeIfAbsent(language, l -> ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(l),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}

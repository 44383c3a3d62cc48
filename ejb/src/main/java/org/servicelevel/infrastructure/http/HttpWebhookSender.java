package org.servicelevel.infrastructure.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.servicelevel.application.webhook.WebhookSender;
import org.servicelevel.application.webhook.WebhookSettings;
import org.servicelevel.domain.model.webhook.NetworkRange;

/**
 * Posts a CloudEvent in structured mode over HTTP(S), blocking the calling delivery thread for at most
 * the connect timeout plus the read timeout (which bounds each wait for the receiver's bytes).
 * Redirects are not followed: a receiver answers 2xx itself. The failure texts name what happened in
 * words, for the delivery log.
 */
@ApplicationScoped
public class HttpWebhookSender implements WebhookSender {

    private static final String CONTENT_TYPE = "application/cloudevents+json";
    private static final byte[] DRAIN = new byte[8192];

    @Override
    public int post(URI url, String body, Map<String, String> headers) throws SendFailure {
        Duration connect = WebhookSettings.connectTimeout();
        Duration read = WebhookSettings.readTimeout();
        HttpURLConnection connection = null;
        try {
            refuseBlocked(url);
            connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setConnectTimeout(millis(connect));
            connection.setReadTimeout(millis(read));
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setDoOutput(true);
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Content-Type", CONTENT_TYPE);
            connection.setRequestProperty("User-Agent", "ServiceLevel-Webhooks/1");
            headers.forEach(connection::setRequestProperty);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            connection.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(bytes);
            }
            int status = connection.getResponseCode();
            drain(connection, status);
            return status;
        } catch (SocketTimeoutException e) {
            throw new SendFailure(connection != null && isConnected(e) ? "No answer within the read timeout of "
                    + read.toSeconds() + " s" : "No connection within the connect timeout of " + connect.toSeconds() + " s", e);
        } catch (ConnectException e) {
            throw new SendFailure("Connection refused by " + host(url), e);
        } catch (UnknownHostException e) {
            throw new SendFailure("Unknown host " + host(url), e);
        } catch (NoRouteToHostException e) {
            throw new SendFailure("No route to " + host(url), e);
        } catch (SSLException e) {
            throw new SendFailure("TLS failed with " + host(url) + ": " + e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new SendFailure("Could not post to " + host(url) + ": " + e.getMessage(), e);
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    /**
     * Refuses a host that resolves to an address of a blocked network (the host is resolved again to
     * connect; the system's DNS cache keeps the two answers alike).
     */
    private static void refuseBlocked(URI url) throws SendFailure, UnknownHostException {
        List<NetworkRange> blocked = WebhookSettings.blockedNetworks();
        if (blocked.isEmpty()) {
            return;
        }
        for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
            Optional<NetworkRange> range = NetworkRange.holding(blocked, address);
            if (range.isPresent()) {
                throw new SendFailure("Not sent: " + url.getHost() + " is " + address.getHostAddress() + ", in "
                        + range.get() + ", a network webhooks are not sent to (servicelevel.webhooks.blocked-networks)",
                        null);
            }
        }
    }

    /** A connect timeout says "connect timed out"; a read timeout "Read timed out". */
    private static boolean isConnected(SocketTimeoutException e) {
        return e.getMessage() == null || !e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("connect");
    }

    /** Reads (a little of) the answer, so the connection can be reused. */
    private static void drain(HttpURLConnection connection, int status) {
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            if (in != null) {
                int total = 0;
                int n;
                while (total < 65536 && (n = in.read(DRAIN)) > 0) {
                    total += n;
                }
            }
        } catch (IOException e) {
            // the status is what counts
        }
    }

    private static String host(URI url) {
        return url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }
}

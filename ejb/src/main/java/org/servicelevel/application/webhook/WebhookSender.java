package org.servicelevel.application.webhook;

import java.net.URI;
import java.util.Map;

/** Posts one webhook delivery over HTTP; implemented in {@code infrastructure.http}. */
public interface WebhookSender {

    /** No answer: the receiver could not be reached or did not answer in time; the message says which, for the delivery log. */
    final class SendFailure extends Exception {

        public SendFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The HTTP status the receiver answered a POST of {@code body} (a CloudEvent) with {@code headers}. */
    int post(URI url, String body, Map<String, String> headers) throws SendFailure;
}

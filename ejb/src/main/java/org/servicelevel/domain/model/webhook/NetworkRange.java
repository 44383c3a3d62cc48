package org.servicelevel.domain.model.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A block of IP addresses in CIDR notation ({@code 169.254.0.0/16}, {@code fe80::/10}) that webhooks
 * must not be sent to: a receiver's URL is chosen by whoever defines the webhook, and without such a
 * block the server would post, and log the outcome of posting, to whatever it can reach, such as a
 * cloud's instance metadata service. An IPv6 address that carries an IPv4 address (mapped
 * {@code ::ffff:169.254.169.254}, compatible {@code ::169.254.169.254}, or NAT64 {@code 64:ff9b::/96})
 * lies in a range when the IPv4 address does.
 */
public record NetworkRange(String text, byte[] network, int prefix) {

    private static final Pattern NUMERIC_HOST = Pattern.compile("[0-9.]+|\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.%]*]?");
    private static final Pattern ZONE = Pattern.compile("^(\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*)%[^\\]]*(]?)$");

    /** Reads {@code 10.0.0.0/8}, {@code fe80::/10} or one address ({@code 127.0.0.1}, a range of one). */
    public static NetworkRange parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        if (!NUMERIC_HOST.matcher(address).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a network in CIDR notation (e.g. 10.0.0.0/8)");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not a network in CIDR notation (e.g. 10.0.0.0/8)");
        }
        int prefix;
        try {
            prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' has no prefix length after its '/'");
        }
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("'" + text + "': a prefix length is 0 to " + bytes.length * 8);
        }
        return new NetworkRange(text, bytes, prefix);
    }

    /** The ranges of a comma-separated list; blank entries are skipped. */
    public static List<NetworkRange> parseList(String list) {
        List<NetworkRange> ranges = new ArrayList<>();
        for (String entry : list.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(parse(entry));
            }
        }
        return ranges;
    }

    /**
     * The address a URL's host names without a lookup, when the host is written as an IP address
     * ({@code 169.254.169.254}, {@code [::1]}, also Java's shorter forms such as {@code 127.1}); empty
     * for a host name.
     */
    public static Optional<InetAddress> literal(String written) {
        // an IPv6 address may name a zone (fe80::1%25eth0); it is the same address on whichever interface
        String host = written == null ? null : ZONE.matcher(written).replaceFirst("$1$2");
        if (host == null || !NUMERIC_HOST.matcher(host).matches()) {
            return Optional.empty();
        }
        if (host.indexOf(':') < 0) {
            return ipv4(host);
        }
        try {
            return Optional.of(InetAddress.getByName(host)); // a literal with a colon is never looked up
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * An IPv4 address in the forms Java connects to: one to four decimal parts, the last filling the
     * bytes left ({@code 127.1}, {@code 2852039166}); anything else is no address (and is not looked up
     * here, where a request waits).
     */
    private static Optional<InetAddress> ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 10) {
                return Optional.empty();
            }
            long value = Long.parseLong(parts[i]);
            int width = i == parts.length - 1 ? 4 - i : 1;
            if (value >= 1L << (8 * width)) {
                return Optional.empty();
            }
            for (int b = 0; b < width; b++) {
                bytes[i + b] = (byte) (value >>> (8 * (width - 1 - b)));
            }
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code address} lies in this range. */
    public boolean contains(InetAddress address) {
        byte[] other = address.getAddress();
        if (other.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (other[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (other[whole] & mask) == (network[whole] & mask);
    }

    /** The first of {@code ranges} holding {@code address} or the IPv4 address it carries. */
    public static Optional<NetworkRange> holding(List<NetworkRange> ranges, InetAddress address) {
        Optional<InetAddress> carried = carriedIpv4(address);
        return ranges.stream().filter(r -> r.contains(address) || carried.map(r::contains).orElse(false)).findFirst();
    }

    /** The IPv4 address an IPv6 address carries: mapped, compatible (not :: or ::1) or NAT64. */
    static Optional<InetAddress> carriedIpv4(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length != 16) {
            return Optional.empty();
        }
        boolean tenZeros = true;
        for (int i = 0; i < 10; i++) {
            tenZeros &= b[i] == 0;
        }
        boolean mapped = tenZeros && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
        boolean compatible = tenZeros && b[10] == 0 && b[11] == 0 && (b[12] | b[13] | b[14]) != 0;
        boolean nat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        if (!mapped && !compatible && !nat64) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return text;
    }
}

package org.servicelevel.domain.model.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;

class NetworkRangeTest {

    private static final List<NetworkRange> DEFAULT = NetworkRange.parseList("169.254.0.0/16,fe80::/10,0.0.0.0/8,::/128");

    private static InetAddress address(String text) throws UnknownHostException {
        return InetAddress.getByName(text);
    }

    @Test
    void aRangeHoldsTheAddressesThatShareItsPrefix() throws UnknownHostException {
        NetworkRange linkLocal = NetworkRange.parse("169.254.0.0/16");
        assertTrue(linkLocal.contains(address("169.254.169.254")));
        assertTrue(linkLocal.contains(address("169.254.0.0")));
        assertTrue(linkLocal.contains(address("169.254.255.255")));
        assertFalse(linkLocal.contains(address("169.255.0.1")));
        assertFalse(linkLocal.contains(address("169.253.255.255")));

        NetworkRange odd = NetworkRange.parse("10.64.0.0/10");
        assertTrue(odd.contains(address("10.127.255.255")));
        assertFalse(odd.contains(address("10.128.0.0")));
        assertFalse(odd.contains(address("10.63.255.255")));

        NetworkRange one = NetworkRange.parse("127.0.0.1");
        assertTrue(one.contains(address("127.0.0.1")));
        assertFalse(one.contains(address("127.0.0.2")));
        assertTrue(NetworkRange.parse("0.0.0.0/0").contains(address("8.8.8.8")));
    }

    @Test
    void ipv6RangesHoldIpv6AddressesAndAnIpv4AddressWrittenAsIpv6IsTheIpv4Address() throws UnknownHostException {
        NetworkRange linkLocal = NetworkRange.parse("fe80::/10");
        assertTrue(linkLocal.contains(address("fe80::1")));
        assertTrue(linkLocal.contains(address("febf:ffff::1")));
        assertFalse(linkLocal.contains(address("fec0::1")));
        assertFalse(linkLocal.contains(address("169.254.169.254")), "an IPv4 address is in no IPv6 range");
        assertTrue(NetworkRange.holding(DEFAULT, address("::ffff:169.254.169.254")).isPresent());
        assertTrue(NetworkRange.holding(DEFAULT, address("::")).isPresent());
        assertTrue(NetworkRange.holding(DEFAULT, address("0.0.0.0")).isPresent());
        assertFalse(NetworkRange.holding(DEFAULT, address("127.0.0.1")).isPresent(), "loopback is allowed by default");
        assertFalse(NetworkRange.holding(DEFAULT, address("::1")).isPresent());
    }

    @Test
    void aHostWrittenAsAnAddressIsReadWithoutALookupInEveryFormJavaConnectsTo() throws UnknownHostException {
        assertEquals(Optional.of(address("169.254.169.254")), NetworkRange.literal("169.254.169.254"));
        assertEquals(Optional.of(address("169.254.169.254")), NetworkRange.literal("2852039166"), "one number");
        assertEquals(Optional.of(address("127.0.0.1")), NetworkRange.literal("127.1"));
        assertEquals(Optional.of(address("fe80::1")), NetworkRange.literal("[fe80::1]"));
        // a zone (any interface name) leaves the address as it is: it was read as a host name and let through
        assertEquals(Optional.of(address("fe80::1")), NetworkRange.literal("[fe80::1%25eth0]"), "zone");
        assertEquals(Optional.of(address("169.254.169.254")), NetworkRange.literal("[::ffff:169.254.169.254%25x]"));
        assertEquals(Optional.of(address("fe80::1")), NetworkRange.literal("[fe80::1%251]"));
        assertEquals(Optional.empty(), NetworkRange.literal("hooks.example.com"));
        assertEquals(Optional.empty(), NetworkRange.literal("cafe"));
        assertEquals(Optional.empty(), NetworkRange.literal("1.2.3.4.5"));
        assertEquals(Optional.empty(), NetworkRange.literal(null));
    }

    @Test
    void anIpv6AddressThatCarriesABlockedIpv4AddressIsBlockedAsAnAnswerFromDnsToo() throws UnknownHostException {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 169, (byte) 254, (byte) 169,
                (byte) 254};
        // the resolver answers an AAAA record ::ffff:169.254.169.254 as 16 bytes, which a dual-stack socket reaches
        InetAddress answer = java.net.Inet6Address.getByAddress("metadata.example", mapped, -1);
        assertTrue(NetworkRange.holding(DEFAULT, answer).isPresent(), answer.toString());
        assertTrue(NetworkRange.holding(DEFAULT, address("::169.254.169.254")).isPresent(), "IPv4-compatible");
        assertTrue(NetworkRange.holding(DEFAULT, address("64:ff9b::a9fe:a9fe")).isPresent(), "NAT64");
        assertFalse(NetworkRange.holding(DEFAULT, address("64:ff9b::808:808")).isPresent(), "NAT64 of 8.8.8.8");
        assertFalse(NetworkRange.holding(DEFAULT, address("2001:db8::a9fe:a9fe")).isPresent());
    }

    @Test
    void digitsNoAddressIsWrittenAsAreNoAddressAndNeverLookedUp() throws UnknownHostException {
        assertEquals(Optional.empty(), NetworkRange.literal("4294967296"), "more than 32 bits");
        assertEquals(Optional.empty(), NetworkRange.literal("12345678901"));
        assertEquals(Optional.empty(), NetworkRange.literal("1.2.3.256"));
        assertEquals(Optional.empty(), NetworkRange.literal("1..2"));
        assertEquals(Optional.of(address("169.254.169.254")), NetworkRange.literal("169.254.43518"));
        assertEquals(Optional.of(address("169.0.0.254")), NetworkRange.literal("169.254"));
    }

    @Test
    void aListThatIsNotCidrIsRefusedNamingTheEntry() {
        for (String wrong : List.of("169.254.0.0/33", "fe80::/129", "10.0.0.0/x", "example.com/8", "10.0.0.0/-1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkRange.parseList(
                    "127.0.0.0/8, " + wrong));
            assertTrue(e.getMessage().contains(wrong.strip()), e.getMessage());
        }
        assertEquals(List.of(), NetworkRange.parseList(" , "));
    }

    @Test
    void aWebhookToABlockedAddressIsRefusedNamingTheUrlAndOneToANameIsLeftToTheDelivery() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://[fe80::1]:8080/x",
                "http://0.0.0.0:4848/", "https://2852039166/", "http://[fe80::1%25eth0]/",
                "http://[::ffff:169.254.169.254%25x]/latest/meta-data/")) {
            InvalidFieldException e = assertThrows(InvalidFieldException.class,
                    () -> WebhookSubscription.refuseBlocked(url, DEFAULT), url);
            assertEquals("url", e.field());
        }
        WebhookSubscription.refuseBlocked("http://127.0.0.1:8123/hook", DEFAULT);
        WebhookSubscription.refuseBlocked("https://metadata.example.com/", DEFAULT);
        WebhookSubscription.refuseBlocked("not a url at all", DEFAULT);
        WebhookSubscription.refuseBlocked(null, DEFAULT);
    }

    @Test
    void theServerLogNamesOnlyWhereAWebhookGoesNotItsPathOrQuery() {
        assertEquals("https://hooks.example.com", WebhookSubscription.receiverOf(
                "https://hooks.example.com/services/T000/B000/secret-token?key=abc"));
        assertEquals("http://127.0.0.1:8123", WebhookSubscription.receiverOf("http://127.0.0.1:8123/hook"));
        assertEquals("(a URL that cannot be read)", WebhookSubscription.receiverOf("http://exa mple.com/"));
    }
}

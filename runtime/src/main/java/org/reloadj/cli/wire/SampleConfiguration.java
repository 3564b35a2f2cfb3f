package org.reloadj.cli.wire;

/** A small overlay configuration document (RFC 6940, 11.1) for the ConfigUpdate sample. */
final class SampleConfiguration {
    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <overlay xmlns="urn:ietf:params:xml:ns:p2p:config-base"
                     xmlns:chord="urn:ietf:params:xml:ns:p2p:config-chord">
              <configuration instance-name="overlay.example.org" sequence="22"
                             expiration="2027-11-25T00:00:00Z">
                <topology-plugin>CHORD-RELOAD</topology-plugin>
                <node-id-length>16</node-id-length>
                <max-message-size>5000</max-message-size>
                <initial-ttl>100</initial-ttl>
                <overlay-link-protocol>TLS</overlay-link-protocol>
                <bootstrap-node address="192.0.2.2" port="6084"/>
                <chord:chord-update-interval>400</chord:chord-update-interval>
                <chord:chord-ping-interval>30</chord:chord-ping-interval>
                <chord:chord-reactive>true</chord:chord-reactive>
              </configuration>
            </overlay>
            """;

    private SampleConfiguration() {
    }
}

package org.amparo.core.ingest.emergency.pidf;

/** XML namespaces of PIDF-LO and HELD. */
final class Ns {
    static final String PIDF = "urn:ietf:params:xml:ns:pidf";
    static final String DATA_MODEL = "urn:ietf:params:xml:ns:pidf:data-model";
    static final String GEOPRIV = "urn:ietf:params:xml:ns:pidf:geopriv10";
    static final String BASIC_POLICY = "urn:ietf:params:xml:ns:pidf:geopriv10:basicPolicy";
    static final String CIVIC = "urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr";
    static final String GML = "http://www.opengis.net/gml";
    static final String SHAPES = "http://www.opengis.net/pidflo/1.0";
    static final String CONFIDENCE = "urn:ietf:params:xml:ns:geopriv:conf";
    static final String HELD = "urn:ietf:params:xml:ns:geopriv:held";

    private Ns() {}
}

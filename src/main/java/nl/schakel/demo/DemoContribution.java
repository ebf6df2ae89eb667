package nl.schakel.demo;

/**
 * One capability's part of the demo region (signals, cases, care offer, …), seeded after the organisations and
 * users exist, in the same transaction. Each module's demo data lives in its own contribution in this package,
 * so the seeder stays one list and capabilities do not edit each other's demo code. Contributions run in
 * ascending {@link #order()}.
 */
interface DemoContribution {

    /** Lower runs first; signals before the cases and care that build on them. */
    int order();

    void seed(DemoRegion region);
}

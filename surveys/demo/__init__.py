"""The demo council: a synthetic council of real size, also the seeder tests and benchmarks use."""

// Every site in this process runs Umbraco, which keeps process-wide state and, on SQLite, has locked two sites' saves
// against each other: test classes run one after another, each on its own site.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

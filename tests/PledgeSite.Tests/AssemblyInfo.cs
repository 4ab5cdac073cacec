// Most tests share one site (SiteFactory over SiteHost.Shared), which serves one test at a time and is put back as new
// for each; and Umbraco keeps process-wide state: test classes run one after another.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

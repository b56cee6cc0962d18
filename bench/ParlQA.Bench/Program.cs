using BenchmarkDotNet.Running;
using ParlQA.Bench;

// Reading:  dotnet run -c Release --project bench/ParlQA.Bench -- --filter '*'
// Archive:  dotnet run -c Release --project bench/ParlQA.Bench -- archive 10000 100000
if (args.Length > 0 && args[0] == "archive")
    return ArchiveBench.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

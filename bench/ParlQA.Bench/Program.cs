using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/ParlQA.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

using BenchmarkDotNet.Running;
using ParlQA.Bench;

// Reading:  dotnet run -c Release --project bench/ParlQA.Bench -- --filter '*'
// Archive:  dotnet run -c Release --project bench/ParlQA.Bench -- archive [--pg CONNECTION [--pg-only]] 10000 100000 1000000
// Per query:  dotnet run -c Release --project bench/ParlQA.Bench -- queries /tmp/archive.db [QUERY…]   (or a PostgreSQL connection string; the 50 bench queries unless named)
// An archive to serve: dotnet run -c Release --project bench/ParlQA.Bench -- generate 100000 /tmp/archive.db
// Quality on the judged queries:  dotnet run -c Release --project bench/ParlQA.Bench -- quality [--pg CONNECTION] [--per-query]
// What is left to judge:  dotnet run -c Release --project bench/ParlQA.Bench -- pool [--depth 20] [--pg CONNECTION] [QUERY-ID…]
// Round trips:  dotnet run -c Release --project bench/ParlQA.Bench -- roundtrip 10000 [--from SEED] [--forms pdf,text,html]
if (args.Length > 0 && args[0] == "roundtrip")
    return RoundTripBench.Run(args[1..]);
// A local SyncFeed of N generated cases for `parlqa sync` (bench/sync-bench.sh):  dotnet run -c Release --project bench/ParlQA.Bench -- feed 10000 [PORT]
if (args.Length > 1 && args[0] == "feed")
    return await FeedServer.Run(args[1..]);
if (args.Length > 0 && args[0] == "archive")
    return ArchiveBench.Run(args[1..]);
if (args.Length >= 2 && args[0] == "queries")
    return ArchiveBench.PerQuery(args[1], args[2..]);
if (args.Length == 3 && args[0] == "generate")
    return ArchiveBench.Generate(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
if (args.Length > 0 && args[0] == "quality")
    return QualityBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "pool")
    return QualityBench.Pool(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

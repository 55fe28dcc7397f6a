using Sitrep.Cli;

GazetteerImageFile.MapIfPresent(); // the process's own start only; in-process runs (tests) load the embedded data
return SitrepCli.Run(args, Console.OpenStandardInput, Console.Out, Console.Error);

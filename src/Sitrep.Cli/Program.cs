using Sitrep.Cli;

return SitrepCli.Run(args, Console.OpenStandardInput, Console.Out, Console.Error);
